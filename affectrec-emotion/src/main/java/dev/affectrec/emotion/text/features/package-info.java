/** Cheap text features beside the embeddings: TF-IDF n-grams and surface cues (negation, !, ?). */
package dev.affectrec.emotion.text.features;
