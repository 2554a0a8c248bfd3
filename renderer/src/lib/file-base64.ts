/** A file's bytes as base64, read by the browser (no Node in the renderer): how files travel over the API. */
export function fileBase64(file: Blob, name = 'The file'): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`${name} could not be read.`));
    reader.readAsDataURL(file);
  });
}
