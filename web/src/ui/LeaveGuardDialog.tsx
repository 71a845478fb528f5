import type { LeaveGuard } from '../lib/useLeaveGuard';
import { Dialog } from './Dialog';

/** Asks before leaving a page whose form has unsaved changes (see useLeaveGuard). */
export function LeaveGuardDialog({ guard, what }: { guard: LeaveGuard; what: string }) {
  return (
    <Dialog title="Leave without saving?" open={guard.pending} onClose={guard.stay}>
      <p>Your changes to {what} are not saved. Leaving this page drops them.</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={guard.stay} autoFocus>
          Stay and keep editing
        </button>
        <button type="button" className="button button--danger" onClick={guard.leave}>
          Leave without saving
        </button>
      </div>
    </Dialog>
  );
}
