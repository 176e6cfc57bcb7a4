import 'fake-indexeddb/auto';

// happy-dom never loads images: report them as not yet loaded, as a browser does before the
// network answers. Tests of broken images set complete/naturalWidth on the element itself.
Object.defineProperty(HTMLImageElement.prototype, 'complete', { configurable: true, get: () => false });
// Extension pages register the bundled UI text; component tests render with it too.
import '../../components/shared/i18n';
