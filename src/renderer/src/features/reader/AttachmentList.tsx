import { useState } from 'react';
import { readAttachmentContent, type Attachment } from '../../pdf/outline';
import type { PDFDocumentProxy } from '../../pdf/pdfjs';

/** Files embedded in the PDF, by name; Save hands one to the browser's (or Electron's) download. */
export function AttachmentList({ pdf, attachments }: { pdf: PDFDocumentProxy; attachments: Attachment[] }) {
  const [error, setError] = useState('');
  if (attachments.length === 0) return <p className="empty">This document has no attachments.</p>;
  const save = async (a: Attachment) => {
    try {
      const content = await readAttachmentContent(pdf, a.id);
      const url = URL.createObjectURL(new Blob([content as Uint8Array<ArrayBuffer>]));
      const link = document.createElement('a');
      link.href = url;
      link.download = a.name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setError('');
    } catch (e) {
      setError(`“${a.name}” could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <>
      <ul className="attachments" aria-label="Attachments">
        {attachments.map((a) => (
          <li key={a.id}>
            <span className="attachment-name">{a.name}</span>
            {a.description && <span className="hint"> — {a.description}</span>}{' '}
            <button type="button" onClick={() => void save(a)} aria-label={`Save ${a.name}`}>
              Save
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
