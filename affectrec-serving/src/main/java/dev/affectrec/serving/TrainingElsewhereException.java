package dev.affectrec.serving;

/**
 * A training was not started because another server on the same store holds the training lock; this
 * server puts that server's model in service once it is saved.
 */
public final class TrainingElsewhereException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  TrainingElsewhereException() {
    super(
        "another server on this store is training; its model is put in service here once it is"
            + " saved");
  }
}
