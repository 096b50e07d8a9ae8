import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CDI_CUES_STARTER } from '@/data/cdi-packs';
import type { CuePack } from '@/domain/cdi';
import { CuePackPanel } from './cue-pack-panel';

function file(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

describe('CuePackPanel', () => {
  it('imports a valid pack and lists every problem of an invalid one', async () => {
    const user = userEvent.setup();
    const replaced: CuePack[] = [];
    render(<CuePackPanel pack={CDI_CUES_STARTER} isStarter onReplace={(p) => replaced.push(p)} onReset={() => undefined} />);
    await user.click(screen.getByText(/^Cue pack:/));
    const input = screen.getByLabelText('Import a cue pack (JSON)');

    await user.upload(input, file('bad.json', JSON.stringify({ ...CDI_CUES_STARTER, version: '', window: 0 })));
    expect((await screen.findByRole('alert')).textContent).toBe('The pack was not imported:version: Too small: expected string to have >=1 characterswindow: Too small: expected number to be >=1');
    expect(replaced).toEqual([]);

    await user.upload(input, file('mine.json', JSON.stringify({ ...CDI_CUES_STARTER, version: '2025.2' })));
    expect((await screen.findByText('Now using CDI documentation cues (starter) 2025.2.')).textContent).toBeTruthy();
    expect(replaced.map((p) => p.version)).toEqual(['2025.2']);
  });
});
