import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { keyDocument, scoreAttempt } from '@/domain/training';
import { starterTrainingPack } from '@/data/scenarios';
import { PackImport } from './pack-import';
import { PresentationView } from './presentation-view';
import { ScoreReport } from './score-report';

const scenario = starterTrainingPack().scenarios.find((s) => s.id === 'chest-pain-specificity')!;

describe('PresentationView', () => {
  it('steps with the arrow keys, Home and End, and leaves with Escape', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<PresentationView scenario={scenario} onClose={onClose} />);
    const where = () => screen.getByText(/^Step \d+ of \d+:/).textContent;
    expect(where()).toBe('Step 1 of 8: The case');
    await user.keyboard('{ArrowRight}');
    expect(where()).toBe('Step 2 of 8: Question 1 of 3');
    expect(screen.getByText('What kind of chest pain does the note describe?')).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(where()).toBe('Step 8 of 8: Teaching point 3 of 3');
    await user.keyboard('{ArrowRight}');
    expect(where()).toBe('Step 8 of 8: Teaching point 3 of 3');
    await user.keyboard('{Home}{ArrowLeft}');
    expect(where()).toBe('Step 1 of 8: The case');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('ScoreReport', () => {
  it('shows each part and every point lost with its reason', () => {
    const doc = keyDocument(scenario);
    const attempt = { ...doc, claim: { ...doc.claim, diagnoses: doc.claim.diagnoses.map((d, i) => (i === 0 ? { ...d, code: 'R07.9' } : d)) } };
    render(<ScoreReport scenario={scenario} score={scoreAttempt(scenario.key, { document: attempt })} findings={[]} onRetry={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Your score: 14 of 16 (88 %)' })).toHaveFocus();
    expect(screen.getByRole('rowheader', { name: /^Principal diagnosis/ })).toHaveTextContent('−2 Right category R07, wrong code: R07.9 was coded; the documentation supports R07.2');
    expect(screen.getByText('No reject or warning findings.')).toBeInTheDocument();
  });
});

describe('PackImport', () => {
  it('refuses a file that is not a pack, saying what and where, and never calls onImport', async () => {
    const user = userEvent.setup();
    const onImport = vi.fn(() => Promise.resolve('imported'));
    render(<PackImport onImport={onImport} />);
    await user.upload(screen.getByLabelText('Import a training pack (JSON file)'), new File(['{ "format": "something-else" }'], 'other.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('other.json was not imported: 7 problems. Nothing was changed.');
    expect(alert).toHaveTextContent('format: the file\'s "format" must be "coding-workbench.training-pack"');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports a valid pack', async () => {
    const user = userEvent.setup();
    const onImport = vi.fn(() => Promise.resolve('Imported “Starter scenarios”.'));
    render(<PackImport onImport={onImport} />);
    const text = JSON.stringify(starterTrainingPack());
    await user.upload(screen.getByLabelText('Import a training pack (JSON file)'), new File([text], 'starter.json', { type: 'application/json' }));
    expect(await screen.findByText('Imported “Starter scenarios”.')).toBeInTheDocument();
    expect(onImport).toHaveBeenCalledWith(starterTrainingPack(), 'starter.json');
  });
});
