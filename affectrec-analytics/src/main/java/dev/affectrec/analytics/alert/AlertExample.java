package dev.affectrec.analytics.alert;

import dev.affectrec.api.emotion.Emotion;
import java.time.Instant;

/**
 * A review of the recent window that shows what turned negative.
 *
 * @param eventId the review event
 * @param item the reviewed item
 * @param time when it was written
 * @param emotion its reading's top emotion
 * @param text the review text, at most {@value Alerts#EXAMPLE_CHARS} characters
 */
public record AlertExample(
    String eventId, String item, Instant time, Emotion emotion, String text) {}
