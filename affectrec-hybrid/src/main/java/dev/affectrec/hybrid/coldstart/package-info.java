/** Cold start from one review or search text, and new items recommendable from a description. */
package dev.affectrec.hybrid.coldstart;
