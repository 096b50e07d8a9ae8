import { createContext, useContext, type ComponentType, type Ref } from 'react';
import { inputClass } from './field';

/** The code system a code field holds; decides which code set a lookup searches. */
export type CodeFieldSystem = 'ICD-10-CM' | 'CPT' | 'HCPCS' | 'LOCAL' | 'DRG' | 'OTHER';

export type CodeInputProps = {
  id: string;
  system: CodeFieldSystem;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  onFocus?: () => void;
  /** Date of service (ISO), so suggestions come from the release in force. */
  dateOfService?: string;
  placeholder?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  ref?: Ref<HTMLInputElement>;
};

/** The plain code input used until a code lookup provides suggestions. */
export function PlainCodeInput({ id, value, onChange, onBlur, onFocus, placeholder, ref, system: _system, dateOfService: _dos, ...aria }: CodeInputProps) {
  return (
    <input
      ref={ref}
      id={id}
      className={`${inputClass} font-mono uppercase`}
      value={value}
      placeholder={placeholder}
      autoComplete="off"
      spellCheck={false}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
      onFocus={onFocus}
      {...aria}
    />
  );
}

/**
 * The component the editor renders for code fields. The app provides the code
 * lookup's combobox here; features never import each other.
 */
export const CodeInputContext = createContext<ComponentType<CodeInputProps>>(PlainCodeInput);

/** The code input component in use. */
export function useCodeInput(): ComponentType<CodeInputProps> {
  return useContext(CodeInputContext);
}
