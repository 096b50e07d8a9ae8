export { definePackKind, isInForce, packHeaderSchema, packsInForce, parsePack, type PackHeader, type PackKind, type RulePack } from './pack';
export { PACK_KINDS } from './kinds';
