/* global document, location, addEventListener */
// The portal's side of the iframe variant: size each Samspill iframe to the height it reports.
const gateway = new URL(document.querySelector('iframe[data-samspill]')?.src ?? location.href).origin;
addEventListener('message', (event) => {
  if (event.origin !== gateway || event.data?.type !== 'samspill:resize') return;
  for (const frame of document.querySelectorAll('iframe[data-samspill]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Number(event.data.height) || 0, 5000)}px`;
  }
});
