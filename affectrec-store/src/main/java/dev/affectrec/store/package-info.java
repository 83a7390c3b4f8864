/**
 * The event store contract and the import contract. Implementations live in sub-packages; callers
 * (server, CLI, training) depend only on the interfaces here.
 */
package dev.affectrec.store;
