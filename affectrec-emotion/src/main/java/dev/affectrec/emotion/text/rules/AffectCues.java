package dev.affectrec.emotion.text.rules;

import dev.affectrec.api.emotion.Emotion;
import java.util.ArrayList;
import java.util.List;

/**
 * What the lexicons read in one text, before any model: a VADER-style valence sum (negated words
 * flip and shrink by 0.74; before the last contrast word a hit weighs 0.5, after it 1.5), votes for
 * the emotions stated outright (negated emotion words do not vote) and which rules fired.
 * Immutable.
 *
 * @param valence weighted sum of hit valences, each in [-4, 4]; 0 without hits
 * @param votes weight per {@link Emotion} (in enum order) of the emotion words, emoji and emoticons
 *     that state it; length 7, never negative
 * @param symbolVotes the part of {@code votes} cast by emoji and emoticons; length 7, each at most
 *     the matching vote
 * @param negated whether a negation flipped at least one hit
 * @param contrast whether a contrast word has hits on both sides
 * @param symbols emoji and emoticons found
 * @param hits lexicon words, phrases and symbols found
 * @param words length of the text in words: Latin words plus Han characters / 1.5
 * @param chinese whether the text was read as Chinese (its heads read the emoji's English names
 *     poorly, see {@link ReadingRules})
 */
public record AffectCues(
    double valence,
    double[] votes,
    double[] symbolVotes,
    boolean negated,
    boolean contrast,
    int symbols,
    int hits,
    double words,
    boolean chinese) {
  /** VADER's negation scalar. */
  static final double NEGATION_SCALE = -0.74;

  private static final double BEFORE_CONTRAST = 0.5;
  private static final double AFTER_CONTRAST = 1.5;

  /** Copies the votes. */
  public AffectCues {
    votes = votes.clone();
    symbolVotes = symbolVotes.clone();
  }

  /** The cues of {@code text} read as Chinese ({@code chinese}) or English. */
  public static AffectCues of(String text, boolean chinese) {
    List<CueHit> hits = new ArrayList<>();
    int symbols = SymbolCues.scan(text, hits);
    int contrastAt = chinese ? ChineseCues.scan(text, hits) : EnglishCues.scan(text, hits);
    double valence = 0;
    double[] votes = new double[Emotion.values().length];
    double[] symbolVotes = new double[votes.length];
    boolean negated = false;
    boolean before = false;
    boolean after = false;
    for (int h = 0; h < hits.size(); h++) {
      CueHit hit = hits.get(h);
      double weight = 1;
      if (contrastAt >= 0) {
        before |= hit.offset() < contrastAt;
        after |= hit.offset() > contrastAt;
        weight = hit.offset() < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
      }
      LexiconEntry entry = hit.entry();
      valence += weight * entry.valence() * (hit.negated() ? NEGATION_SCALE : 1);
      negated |= hit.negated();
      if (entry.emotion() != null && !hit.negated()) {
        votes[entry.emotion().ordinal()] += weight;
        // SymbolCues.scan added its hits first.
        symbolVotes[entry.emotion().ordinal()] += h < symbols ? weight : 0;
      }
    }
    return new AffectCues(
        valence,
        votes,
        symbolVotes,
        negated,
        before && after,
        symbols,
        hits.size(),
        words(text),
        chinese);
  }

  private static double words(String text) {
    int latinWords = 0;
    int han = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        latinWords += inWord ? 0 : 1;
        inWord = true;
      } else {
        inWord = false;
      }
    }
    return latinWords + han / 1.5;
  }

  /** The votes' weight; 0 when no emotion is stated outright. */
  public double voteTotal() {
    double total = 0;
    for (double v : votes) {
      total += v;
    }
    return total;
  }

  /** The votes of emotion words alone: {@link #votes} less {@link #symbolVotes}. */
  public double[] wordVotes() {
    double[] out = new double[votes.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = votes[k] - symbolVotes[k];
    }
    return out;
  }

  /** True when a rule should override the model: negation, contrast, symbols or stated emotion. */
  public boolean fired() {
    return negated || contrast || symbols > 0 || voteTotal() > 0;
  }

  /** Votes are compared by value. */
  @Override
  public boolean equals(Object other) {
    return other instanceof AffectCues c
        && valence == c.valence
        && java.util.Arrays.equals(votes, c.votes)
        && java.util.Arrays.equals(symbolVotes, c.symbolVotes)
        && negated == c.negated
        && contrast == c.contrast
        && symbols == c.symbols
        && hits == c.hits
        && words == c.words
        && chinese == c.chinese;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        valence,
        java.util.Arrays.hashCode(votes),
        java.util.Arrays.hashCode(symbolVotes),
        negated,
        contrast,
        symbols,
        hits,
        words,
        chinese);
  }

  @Override
  public String toString() {
    return "AffectCues[valence="
        + valence
        + ", votes="
        + java.util.Arrays.toString(votes)
        + ", symbolVotes="
        + java.util.Arrays.toString(symbolVotes)
        + ", negated="
        + negated
        + ", contrast="
        + contrast
        + ", symbols="
        + symbols
        + ", hits="
        + hits
        + ", words="
        + words
        + ", chinese="
        + chinese
        + "]";
  }
}
