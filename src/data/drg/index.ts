import type { DrgTables } from '../../domain/drg';
import { APPENDIX_A_TABLE } from './appendix-a';

export { APPENDIX_A_ROWS, APPENDIX_A_TABLE, APPENDIX_A_VERSION } from './appendix-a';

/**
 * The tables the workbench starts with: Appendix A only. The full IR-DRG weights and the Mandatory
 * Tariff prices are imported by the user (they are not shipped); the DOH Basic product is built into
 * the calculator itself.
 */
export const BUILT_IN_DRG_TABLES: DrgTables = { weights: [APPENDIX_A_TABLE], tariffs: [], profiles: [] };
