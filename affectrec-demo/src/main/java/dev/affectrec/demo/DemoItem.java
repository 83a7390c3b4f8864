package dev.affectrec.demo;

import dev.affectrec.api.event.Item;

/**
 * A catalogue item with the hidden attributes that drive the simulation.
 *
 * @param item the public record
 * @param category index into {@link Category#ALL}
 * @param nounEn English product noun
 * @param nounZh Chinese product noun
 * @param tone emotional character
 * @param quality in [0, 1]; low quality leads to returns and angry reviews
 */
record DemoItem(Item item, int category, String nounEn, String nounZh, Tone tone, double quality) {}
