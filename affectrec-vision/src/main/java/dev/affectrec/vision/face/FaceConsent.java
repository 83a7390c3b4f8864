package dev.affectrec.vision.face;

/**
 * The caller's decision that face processing is allowed for the person in the image. Face
 * processing is off unless a caller supplies a consent that {@link #granted()}; the consent store
 * that records decisions per user and modality plugs in here.
 */
@FunctionalInterface
public interface FaceConsent {
  /** Consent given, for example by a CLI user analysing their own photos. */
  FaceConsent GRANTED = () -> true;

  /** No consent: every call is refused. */
  FaceConsent DENIED = () -> false;

  /** True when face processing may run. */
  boolean granted();
}
