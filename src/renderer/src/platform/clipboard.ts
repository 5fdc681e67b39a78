/**
 * Puts text on the system clipboard, in both hosts. The async Clipboard API needs a secure
 * context and the page's focus; where it is refused, a selected hidden textarea and the older
 * copy command still work inside the user's click or key press.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall through to the copy command.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('The clipboard is not available here; select the text and copy it by hand.');
}
