/** REST endpoints of the recommendation service: recommendations, the served model, the bandit. */
package dev.affectrec.server.recommend;
