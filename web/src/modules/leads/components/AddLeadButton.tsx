import { useState } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { AddLeadForm } from './AddLeadForm';

/** "Add lead" on the lead table: opens the new-lead form in a dialog. */
export function AddLeadButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        Add lead
      </button>
      <Dialog title="Add a lead" open={open} onClose={() => setOpen(false)}>
        <AddLeadForm onCancel={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
