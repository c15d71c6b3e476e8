import type { RegionNodeDto } from '@nianbao/schema';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  filterRegions,
  isRegion,
  type RegionRef,
  refOf,
  regionLabel,
  regionPath,
} from '../lib/region-tree.ts';

/**
 * The region filter: a button naming the chosen region that opens a searchable tree (province →
 * city → county → township) with each region's report count. Escape or choosing closes it.
 */
export function RegionPicker({
  roots,
  value,
  onChange,
  label = '地区',
  placeholder = '请选择地区',
  disabled = false,
}: {
  roots: readonly RegionNodeDto[];
  value: RegionRef;
  onChange: (ref: RegionRef) => void;
  label?: string;
  placeholder?: string;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const path = useMemo(() => regionPath(roots, value), [roots, value]);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(
    () => new Set([...roots.map((r) => r.id), ...(path ?? []).map((n) => n.id)]),
  );
  const shown = useMemo(() => filterRegions(roots, query), [roots, query]);
  const searching = query.trim() !== '';

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      triggerRef.current?.focus();
    }
  };

  const choose = (node: RegionNodeDto) => {
    onChange(refOf(node));
    setOpen(false);
    setQuery('');
    triggerRef.current?.focus();
  };

  const toggle = (id: number) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderNodes = (nodes: readonly RegionNodeDto[], depth: number) => (
    <ul className={depth === 0 ? 'region-tree' : 'region-subtree'}>
      {nodes.map((node) => {
        const isOpen = searching || expanded.has(node.id);
        const selected = isRegion(node, value);
        return (
          <li key={node.id}>
            <div className="region-row" style={{ paddingLeft: `${depth * 1.1}rem` }}>
              {node.children.length > 0 ? (
                <button
                  type="button"
                  className="region-toggle"
                  aria-expanded={isOpen}
                  aria-label={`${isOpen ? '收起' : '展开'} ${node.name}`}
                  onClick={() => toggle(node.id)}
                  disabled={searching}
                >
                  {isOpen ? '▾' : '▸'}
                </button>
              ) : (
                <span className="region-toggle-space" aria-hidden="true" />
              )}
              <button
                type="button"
                className={selected ? 'region-choice selected' : 'region-choice'}
                aria-current={selected ? 'true' : undefined}
                onClick={() => choose(node)}
              >
                {node.name}
                <span className="muted region-count">{node.totalReportCount} 份</span>
              </button>
            </div>
            {node.children.length > 0 && isOpen && renderNodes(node.children, depth + 1)}
          </li>
        );
      })}
    </ul>
  );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside closes the panel
    <div className="region-picker" ref={rootRef} onKeyDown={onKeyDown}>
      <span className="field-label" id={`${panelId}-label`}>
        {label}
      </span>
      <button
        type="button"
        ref={triggerRef}
        className="select-button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={panelId}
        aria-labelledby={`${panelId}-label ${panelId}-value`}
        onClick={() => setOpen((o) => !o)}
        disabled={disabled}
        data-testid="region-trigger"
      >
        <span id={`${panelId}-value`}>{path === undefined ? placeholder : regionLabel(path)}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div className="region-panel" id={panelId} data-testid="region-panel">
          <label className="visually-hidden" htmlFor={`${panelId}-search`}>
            搜索地区
          </label>
          <input
            id={`${panelId}-search`}
            type="search"
            placeholder="搜索地区名称或代码"
            value={query}
            // The panel opens on request; focusing its search box is what the user asked for.
            // biome-ignore lint/a11y/noAutofocus: see above
            autoFocus
            onChange={(event) => setQuery(event.target.value)}
          />
          {shown.length === 0 ? <p className="hint">没有匹配的地区。</p> : renderNodes(shown, 0)}
        </div>
      )}
    </div>
  );
}
