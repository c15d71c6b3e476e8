import { NavLink } from 'react-router';
import { useBriefing } from './briefing-store.ts';
import './briefing-link.css';

/** The header's way to the 简报 page, with the number of charts pinned. */
export function BriefingLink() {
  const count = useBriefing().entries.length;
  return (
    <NavLink to="/briefing" className="briefing-link" data-testid="briefing-link">
      简报{count > 0 && <span className="briefing-count">{count}</span>}
    </NavLink>
  );
}
