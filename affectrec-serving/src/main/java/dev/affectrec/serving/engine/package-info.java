/**
 * Training engines other than this process: {@link dev.affectrec.serving.engine.TrainingEngine} is
 * the service interface an engine module registers (affectrec-spark registers {@code spark}), and
 * {@link dev.affectrec.serving.engine.EngineTraining} is what a training run needs. An engine reads
 * the store's events its own way, weighs them with the same {@link
 * dev.affectrec.serving.FeedbackWeights}, and hands a {@link
 * dev.affectrec.serving.StoreTrainingData} to the same {@link
 * dev.affectrec.serving.ServingTrainer}, so the model it returns is saved and served like any
 * other.
 */
package dev.affectrec.serving.engine;
