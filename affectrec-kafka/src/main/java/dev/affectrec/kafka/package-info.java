/**
 * Kafka as a second door for events beside {@code POST /v1/events}: {@link
 * dev.affectrec.kafka.KafkaIngest} consumes the event topic into the serving layer's ingest and
 * commits offsets only after the store made the batch durable; {@link
 * dev.affectrec.kafka.KafkaEventPublisher} publishes the events of an import file.
 */
package dev.affectrec.kafka;
