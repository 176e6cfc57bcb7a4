import 'fake-indexeddb/auto';

// happy-dom never loads images: report them as not yet loaded, as a browser does before the
// network answers. Tests of broken images set complete/naturalWidth on the element itself.
Object.defineProperty(HTMLImageElement.prototype, 'complete', { configurable: true, get: () => false });
