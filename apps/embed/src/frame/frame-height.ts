/**
 * In the iframe variant (/embed/portfolio/1124): tells the embedding page how tall the content
 * is, whenever that changes, so the page can size the iframe (no scrollbars, no clipping).
 * Message: `{ type: 'samspill:resize', height }`; the page should check `event.origin`.
 */
let observer: ResizeObserver | undefined;

export function reportFrameHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'samspill:resize', height }, '*');
  };
  // Held at module level: an observer nothing references may be garbage-collected and stop reporting.
  observer = new ResizeObserver(post);
  observer.observe(document.documentElement);
  observer.observe(document.body);
  // Browsers pause rendering (and so ResizeObserver) in cross-origin frames that are off screen;
  // measuring after each component update still works there, since it forces layout.
  document.addEventListener('samspill-rendered', post);
  post();
}
