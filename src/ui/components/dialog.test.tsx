import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from './dialog';

// jsdom has no modal dialogs: open the element by hand.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};

describe('Dialog', () => {
  it.each([
    ['Escape on the dialog', 'dialog', 1],
    ['a file picker closed without a new choice', 'file', 0],
  ] as const)('%s → onClose called %i time(s)', (_what, target, calls) => {
    const onClose = vi.fn();
    render(
      <Dialog open title="Import" onClose={onClose}>
        <label htmlFor="f">File</label>
        <input id="f" type="file" />
      </Dialog>,
    );
    const el = target === 'dialog' ? screen.getByRole('dialog', { hidden: true }) : screen.getByLabelText('File');
    fireEvent(el, new Event('cancel', { bubbles: true, cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(calls);
  });
});
