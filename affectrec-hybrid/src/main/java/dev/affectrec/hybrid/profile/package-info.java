/** Emotional profiles of items, users and categories, reputation and mood fit. */
package dev.affectrec.hybrid.profile;
