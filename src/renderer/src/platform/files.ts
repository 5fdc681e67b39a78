/**
 * Saving and opening files other than PDFs, the same in both hosts: a download (Electron shows
 * its save dialog for it) and the file chooser of a hidden input (Electron shows its native one).
 */

/** Offers `data` as a file named `name` (a download; the user picks where in Electron). */
export function saveFile(name: string, mimeType: string, data: string | Uint8Array): void {
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: the download has taken its copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens the file chooser for one file of the given types; resolves to it, or null if cancelled. */
export function openFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.addEventListener(
      'change',
      () => {
        input.remove();
        resolve(input.files?.[0] ?? null);
      },
      { once: true },
    );
    input.addEventListener(
      'cancel',
      () => {
        input.remove();
        resolve(null);
      },
      { once: true },
    );
    document.body.append(input);
    input.click();
  });
}
