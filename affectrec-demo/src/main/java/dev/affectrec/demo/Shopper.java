package dev.affectrec.demo;

import dev.affectrec.api.emotion.Emotion;

/**
 * A simulated shopper.
 *
 * @param id user id
 * @param chinese whether they write in Chinese
 * @param device {@code mobile} or {@code desktop}
 * @param taste preference weight per category index, each in [0, 1]
 * @param baseMood the mood they return to
 * @param moodStability probability in [0, 1] of keeping their mood from one session to the next
 * @param activity probability in [0, 1] of shopping on a given day
 * @param peakHour the hour of day they usually shop, in [0, 23]
 */
record Shopper(
    String id,
    boolean chinese,
    String device,
    double[] taste,
    Emotion baseMood,
    double moodStability,
    double activity,
    int peakHour) {}
