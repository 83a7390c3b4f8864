package dev.affectrec.behaviour.model;

import org.tribuo.classification.LabelFactory;

/** The one Tribuo label factory of this package. */
final class LabelFactoryHolder {
  static final LabelFactory FACTORY = new LabelFactory();

  private LabelFactoryHolder() {}
}
