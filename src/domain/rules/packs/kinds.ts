import type { PackKind } from './pack';

/**
 * Every pack kind the workbench reads. Each table-driven edit family adds its kind
 * here (one line); import, export and the pack editor work from this list.
 */
export const PACK_KINDS: readonly PackKind<unknown>[] = [];
