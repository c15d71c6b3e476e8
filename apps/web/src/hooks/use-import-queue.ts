import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { ApiRequestError, api } from '../api/client.ts';
import { committable, type ImportItem, importReducer, importSummary } from '../lib/import-queue.ts';
import { refuseFile, uploadErrorText } from '../lib/upload-errors.ts';
import { invalidateStoreData } from '../queries/invalidate.ts';

/** The server's limit for one upload request; the browser refuses bigger files before sending. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Files read at the same time: enough to keep the server busy, few enough to show steady progress. */
const PARALLEL_UPLOADS = 2;

let nextId = 0;

function errorText(error: unknown): string {
  if (error instanceof ApiRequestError) return uploadErrorText(error.code, error.status);
  return uploadErrorText('unknown');
}

/**
 * The import page's state: files are checked, uploaded one request each (so progress and errors are
 * per file) as soon as an edit token is present, previewed, and committed on request. After a commit
 * every cached query that depends on the store is invalidated.
 */
export function useImportQueue(token: string) {
  const [items, dispatch] = useReducer(importReducer, []);
  const [commitError, setCommitError] = useState<string | undefined>(undefined);
  const [committing, setCommitting] = useState(false);
  const files = useRef(new Map<string, File>());
  const running = useRef(new Set<string>());
  const queryClient = useQueryClient();

  const add = useCallback((list: Iterable<File>) => {
    const added = [...list].map((file) => {
      const id = `f${++nextId}`;
      files.current.set(id, file);
      return {
        id,
        name: file.name,
        size: file.size,
        refusal: refuseFile(file.name, file.size, MAX_FILE_BYTES),
      };
    });
    if (added.length > 0) dispatch({ type: 'add', files: added });
  }, []);

  useEffect(() => {
    if (token === '') return;
    const waiting = items.filter((item) => item.stage === 'queued' && !running.current.has(item.id));
    const free = PARALLEL_UPLOADS - running.current.size;
    for (const item of waiting.slice(0, Math.max(0, free))) {
      const file = files.current.get(item.id);
      if (file === undefined) continue;
      running.current.add(item.id);
      dispatch({ type: 'start', id: item.id });
      api
        .previewUpload([file], token, {
          onProgress: (fraction) => {
            dispatch({ type: 'progress', id: item.id, fraction });
            if (fraction >= 1) dispatch({ type: 'uploaded', id: item.id });
          },
        })
        .then((answer) => {
          const preview = answer.results[0];
          const failure = answer.errors[0];
          if (preview !== undefined) dispatch({ type: 'previewed', id: item.id, preview });
          else
            dispatch({ type: 'failed', id: item.id, message: uploadErrorText(failure?.code ?? 'unknown') });
        })
        .catch((error: unknown) => dispatch({ type: 'failed', id: item.id, message: errorText(error) }))
        .finally(() => {
          running.current.delete(item.id);
          // The bytes stay on the server until commit; the browser no longer needs them.
          files.current.delete(item.id);
        });
    }
  }, [items, token]);

  const commit = useCallback(async () => {
    const ready = committable(items);
    if (ready.length === 0 || committing) return;
    setCommitting(true);
    setCommitError(undefined);
    const byPreview = new Map(ready.map((item) => [item.preview?.previewId ?? '', item.id]));
    dispatch({ type: 'commit-started', ids: ready.map((item) => item.id) });
    try {
      const answer = await api.commitUploads([...byPreview.keys()], token);
      for (const result of answer.results) {
        const id = byPreview.get(result.previewId);
        if (id === undefined) continue;
        byPreview.delete(result.previewId);
        dispatch({
          type: 'committed',
          id,
          result: { reportId: result.reportId, status: result.status, version: result.version },
        });
      }
      for (const failure of answer.errors) {
        const id = failure.previewId === undefined ? undefined : byPreview.get(failure.previewId);
        if (id === undefined) continue;
        byPreview.delete(failure.previewId ?? '');
        dispatch({ type: 'failed', id, message: uploadErrorText(failure.code) });
      }
      await invalidateStoreData(queryClient);
    } catch (error) {
      setCommitError(errorText(error));
      // Nothing was confirmed: put the files back as previews so the editor can try again.
      for (const item of ready)
        if (item.preview) dispatch({ type: 'previewed', id: item.id, preview: item.preview });
    } finally {
      setCommitting(false);
    }
  }, [items, committing, token, queryClient]);

  return {
    items: items as readonly ImportItem[],
    summary: importSummary(items),
    ready: committable(items).length,
    committing,
    commitError,
    add,
    commit,
    toggle: (id: string) => dispatch({ type: 'toggle', id }),
    remove: (id: string) => dispatch({ type: 'remove', id }),
    clearFinished: () => dispatch({ type: 'clear-finished' }),
  };
}
