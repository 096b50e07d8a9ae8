/**
 * HCPCS Level II modifiers of the starter set, with short descriptions written by
 * the team (the official descriptors are public in the CMS HCPCS file, which the
 * HCPCS import brings in full).
 */

/** [modifier, our own short description] */
export const STARTER_HCPCS_MODIFIERS: readonly (readonly [code: string, description: string])[] = [
  ['LT', 'Left side of the body'],
  ['RT', 'Right side of the body'],
  ['TC', 'Technical part only'],
  ['XE', 'Separate encounter: distinct service at a different encounter'],
  ['XS', 'Separate structure: distinct service on a different organ or structure'],
  ['XP', 'Separate practitioner: distinct service by a different practitioner'],
  ['XU', 'Unusual non-overlapping service: distinct from the main service'],
  ['E1', 'Upper left eyelid'],
  ['E2', 'Lower left eyelid'],
  ['E3', 'Upper right eyelid'],
  ['E4', 'Lower right eyelid'],
  ['FA', 'Left hand, thumb'],
  ['F1', 'Left hand, second digit'],
  ['F2', 'Left hand, third digit'],
  ['F3', 'Left hand, fourth digit'],
  ['F4', 'Left hand, fifth digit'],
  ['F5', 'Right hand, thumb'],
  ['F6', 'Right hand, second digit'],
  ['F7', 'Right hand, third digit'],
  ['F8', 'Right hand, fourth digit'],
  ['F9', 'Right hand, fifth digit'],
  ['TA', 'Left foot, great toe'],
  ['T1', 'Left foot, second digit'],
  ['T2', 'Left foot, third digit'],
  ['T3', 'Left foot, fourth digit'],
  ['T4', 'Left foot, fifth digit'],
  ['T5', 'Right foot, great toe'],
  ['T6', 'Right foot, second digit'],
  ['T7', 'Right foot, third digit'],
  ['T8', 'Right foot, fourth digit'],
  ['T9', 'Right foot, fifth digit'],
  ['LC', 'Left circumflex coronary artery'],
  ['LD', 'Left anterior descending coronary artery'],
  ['RC', 'Right coronary artery'],
  ['LM', 'Left main coronary artery'],
  ['RI', 'Ramus intermedius coronary artery'],
];
