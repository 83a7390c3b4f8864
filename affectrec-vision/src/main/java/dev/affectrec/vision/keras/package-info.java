/**
 * Keras HDF5 models (config plus weights, as {@code model.save} writes them) read with the
 * pure-Java jHDF reader and translated into a {@link dev.affectrec.vision.tfjs.GraphModel} that
 * runs on this project's own kernels.
 */
package dev.affectrec.vision.keras;
