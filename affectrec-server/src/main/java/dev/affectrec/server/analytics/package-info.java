/** The {@code /v1/analytics/*} routes: trends, alerts and aspects over the store as it stands. */
package dev.affectrec.server.analytics;
