/** What a recommender returns: scored items, with the reasons that explain them. */
package dev.affectrec.api.recommend;
