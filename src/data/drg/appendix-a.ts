import type { DrgWeightRow, DrgWeightsTable } from '../../domain/drg';

/**
 * Appendix A of DOH Claims & Adjudication Rules Addendum 05 (V2025, effective 2025-10-01): the 30
 * mental-health inpatient IR-DRGs eligible for the length-of-stay outlier (§4.4.2.2) and the CAHMS
 * adjustor (§4.4.2.3), with their relative weight, ALOS, low trim and high trim.
 *
 * Transcribed from the addendum's Appendix A table, in its order, with the numbers exactly as printed
 * (RW with 4 decimals, ALOS with 2, trims as whole days). appendix-a.shared-data.test.ts checks every
 * row against the text of the addendum.
 */

/** Version label shown in steps and in the table picker. */
export const APPENDIX_A_VERSION = 'V2025 Addendum 05, effective 2025-10-01';

/** Code, description, RW, ALOS, low trim, high trim, as printed. */
type AppendixARow = readonly [code: string, description: string, rw: string, alos: string, lowTrim: string, highTrim: string];

const ROWS: readonly AppendixARow[] = [
  ['194101', 'IM SCHIZOPHRENIA', '1.7420', '15.30', '1', '29'],
  ['194102', 'IM SCHIZOPHRENIA W/CC', '3.4364', '18.40', '5', '32'],
  ['194103', 'IM SCHIZOPHRENIA W/MCC', '4.6857', '21.60', '4', '39'],
  ['194111', 'IM MAJOR DEPRESSION', '1.6353', '12.40', '1', '28'],
  ['194112', 'IM MAJOR DEPRESSION W/CC', '3.2259', '16.20', '1', '34'],
  ['194113', 'IM MAJOR DEPRESSION W/MCC', '4.6656', '21.80', '4', '40'],
  ['194121', 'IM PERSONALITY & IMPULSE CONTROL DISORDERS', '0.9545', '5.20', '1', '10'],
  ['194122', 'IM PERSONALITY & IMPULSE CONTROL DISORDERS W/CC', '1.7243', '7.40', '3', '12'],
  ['194123', 'IM PERSONALITY & IMPULSE CONTROL DISORDERS W/MCC', '4.3943', '17.20', '1', '35'],
  ['194131', 'IM BIPOLAR DISORDERS', '2.4299', '17.40', '1', '35'],
  ['194132', 'IM BIPOLAR DISORDERS W/CC', '4.7934', '21.40', '3', '40'],
  ['194133', 'IM BIPOLAR DISORDERS W/MCC', '6.6878', '28.00', '1', '60'],
  ['194141', 'IM DEPRESSION', '1.3341', '11.30', '3', '20'],
  ['194142', 'IM DEPRESSION W/CC', '2.6317', '21.50', '15', '28'],
  ['194143', 'IM DEPRESSION W/MCC', '3.9588', '31.80', '26', '38'],
  ['194151', 'IM NEUROSES EXCEPT DEPRESSION', '1.0195', '5.50', '1', '10'],
  ['194152', 'IM NEUROSES EXCEPT DEPRESSION W/CC', '1.2475', '6.00', '2', '10'],
  ['194153', 'IM NEUROSES EXCEPT DEPRESSION W/MCC', '2.2512', '9.40', '1', '21'],
  ['194161', 'IM ORGANIC DISTURBANCES & MENTAL RETARDATION', '1.0174', '3.60', '1', '6'],
  ['194162', 'IM ORGANIC DISTURBANCES & MENTAL RETARDATION W/CC', '1.8864', '6.80', '2', '12'],
  ['194163', 'IM ORGANIC DISTURBANCES & MENTAL RETARDATION W/MCC', '2.9408', '10.10', '5', '15'],
  ['194171', 'IM CHILDHOOD ONSET MENTAL DISORDERS', '1.0678', '6.40', '2', '11'],
  ['194172', 'IM CHILDHOOD ONSET MENTAL DISORDERS W/CC', '2.1065', '8.90', '5', '13'],
  ['194173', 'IM CHILDHOOD ONSET MENTAL DISORDERS W/MCC', '3.0010', '9.80', '1', '23'],
  ['194181', 'IM COMPULSIVE NUTRITION DISORDERS', '1.1223', '9.20', '2', '16'],
  ['194182', 'IM COMPULSIVE NUTRITION DISORDERS W/CC', '2.2138', '11.00', '4', '18'],
  ['194183', 'IM COMPULSIVE NUTRITION DISORDERS W/MCC', '3.3680', '11.70', '1', '23'],
  ['194191', 'IM OTHER MENTAL DISORDERS', '1.1254', '14.20', '1', '33'],
  ['194192', 'IM OTHER MENTAL DISORDERS W/CC', '2.2200', '20.50', '1', '46'],
  ['194193', 'IM OTHER MENTAL DISORDERS W/MCC', '3.0452', '21.00', '1', '46'],];

/** The 30 rows, flagged for the mental-health LOS outlier and the CAHMS adjustor. */
export const APPENDIX_A_ROWS: readonly DrgWeightRow[] = ROWS.map(([code, description, relativeWeight, alos, lowTrim, highTrim]) => ({
  code,
  description,
  relativeWeight,
  alos,
  lowTrim,
  highTrim,
  mentalHealth: true,
  cahms: true,
}));

/** Appendix A as a built-in weights table, in effect from 2025-10-01 with no end date. */
export const APPENDIX_A_TABLE: DrgWeightsTable = {
  id: 'doh-addendum-05-appendix-a',
  label: 'Appendix A (V2025 Addendum 05)',
  version: APPENDIX_A_VERSION,
  effectiveFrom: '2025-10-01',
  effectiveTo: '',
  origin: 'built-in',
  sourceNote: 'DOH Claims & Adjudication Rules, Addendum 05 (V2025), Appendix A: mental-health DRGs eligible for the LOS outlier and the CAHMS adjustor.',
  rows: APPENDIX_A_ROWS,
};
