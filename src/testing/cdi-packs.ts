/**
 * The starter CDI packs for domain tests (src/domain may not import src/data; tests
 * reach the team's packs through here, like the code tables in code-tables.ts).
 */
export { CDI_CUES_STARTER, CDI_QUERIES_STARTER } from '@/data/cdi-packs';
