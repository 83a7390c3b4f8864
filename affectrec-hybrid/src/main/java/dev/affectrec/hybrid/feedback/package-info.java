/** Sentiment-weighted feedback: review readings change the training weight of interactions. */
package dev.affectrec.hybrid.feedback;
