/**
 * The one way a widget hands a file to the customer (invoice PDF, calendar reminder, usage CSV):
 * a hidden `<a download>` clicked inside the widget's own root, so no host-page listener or CSS
 * sees it. The object URL is revoked a minute later, not at once: Firefox and Safari read it after
 * the click returns and cancel a download whose URL is already gone.
 */
export function saveFile(blob: Blob, fileName: string, root: Node & ParentNode = document.body): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  root.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
