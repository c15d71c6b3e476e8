/** A one-line progress bar on stderr; silent when stderr is not a terminal or the batch is small. */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let shownAt = 0;
  return {
    update(done: number, total: number, current?: string) {
      if (!stream.isTTY || total < 10) return;
      const now = Date.now();
      // Redrawing on every file costs more than the import itself for tiny reports.
      if (done < total && now - shownAt < 100) return;
      shownAt = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const name = current ? ` ${current.slice(-40)}` : '';
      stream.write(`\r${label} ${bar} ${done}/${total}${name}\x1b[K`);
      if (done === total) stream.write('\n');
    },
  };
}
