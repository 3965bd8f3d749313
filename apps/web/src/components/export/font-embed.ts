// Vazirmatn as data URLs for exported SVG/PNG, fetched from the app's own assets (never a CDN)
// once per session.
import arabicUrl from '@fontsource-variable/vazirmatn/files/vazirmatn-arabic-wght-normal.woff2?url';
import latinUrl from '@fontsource-variable/vazirmatn/files/vazirmatn-latin-wght-normal.woff2?url';

let cached: Promise<string[]> | undefined;

async function toDataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^;]*;/, 'data:font/woff2;'));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export function fontDataUrls(): Promise<string[]> {
  cached ??= Promise.all([toDataUrl(arabicUrl), toDataUrl(latinUrl)]).catch((error) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
