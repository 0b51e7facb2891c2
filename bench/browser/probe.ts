/**
 * What the browser benchmark installs in every page before the page's own scripts run: observers
 * for long tasks, long animation frames, Event Timing and layout shifts, and a listener that
 * notes when each settled search (`mitmachen-search`) has its results on screen.
 *
 * `installProbe` is serialised into the page (Playwright's init script), so it must not use
 * anything from this module's scope. tsx wraps named functions in `__name(…)` calls; the init
 * script defines a pass-through `__name` first (see session.ts).
 */

export interface Span {
  start: number;
  duration: number;
}

export interface FrameScript {
  invoker: string;
  function: string;
  source: string;
  duration: number;
  forcedStyleAndLayout: number;
}

/** A long animation frame (≥ 50 ms from its first task to its paint), with what ran in it. */
export interface LongFrame extends Span {
  blocking: number;
  /** When the frame's rendering (rAF, style, layout, paint) began. */
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: FrameScript[];
}

export interface InteractionEvent extends Span {
  name: string;
  interactionId: number;
  processingStart: number;
  processingEnd: number;
}

export interface ShiftSource {
  node: string;
  previous: [x: number, y: number, width: number, height: number];
  current: [x: number, y: number, width: number, height: number];
}

export interface Shift {
  start: number;
  value: number;
  hadRecentInput: boolean;
  sources: ShiftSource[];
}

export interface SettledSearch {
  /** When `mitmachen-search` fired (the answer is in, the element has not rendered it yet). */
  at: number;
  q: string;
  page: number;
  total: number | undefined;
  /** The element's update that shows the answer finished (DOM written, nothing laid out yet). */
  rendered: number | undefined;
  /** The frame showing it was produced: a task queued from that frame's requestAnimationFrame ran. */
  painted: number | undefined;
}

export interface ProbeSnapshot {
  longTasks: Span[];
  longFrames: LongFrame[];
  events: InteractionEvent[];
  shifts: Shift[];
  searches: SettledSearch[];
}

export interface Probe {
  snapshot(): ProbeSnapshot;
  /** Resolves once `count` searches (for the text `q`, when given) have their results painted. */
  painted(count: number, q?: string): Promise<void>;
}

declare global {
  interface Window {
    mitmachenBench: Probe;
  }
}

export function installProbe(): void {
  const data: ProbeSnapshot = { longTasks: [], longFrames: [], events: [], shifts: [], searches: [] };
  const waiting: { count: number; q: string | undefined; resolve: () => void }[] = [];

  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void, extra: Record<string, unknown> = {}) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true, ...extra });
  };
  const describe = (node: Node | null): string => {
    if (node === null) return '(removed node)';
    const element = node instanceof Element ? node : node.parentElement;
    const root = node.getRootNode();
    const host = root instanceof ShadowRoot ? `${root.host.localName} ▸ ` : '';
    if (element === null) return `${host}${node.nodeName}`;
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    const part = element.getAttribute('part');
    return `${host}${node instanceof Element ? '' : 'text in '}${element.localName}${element.id ? `#${element.id}` : ''}${classes}${part ? `[part="${part}"]` : ''}`;
  };
  const rect = (value: DOMRectReadOnly): ShiftSource['previous'] => [value.x, value.y, value.width, value.height];

  observe('longtask', (entry) => data.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('long-animation-frame', (entry) => {
    const frame = entry as PerformanceEntry & {
      blockingDuration: number;
      renderStart: number;
      styleAndLayoutStart: number;
      scripts: (PerformanceEntry & {
        invoker: string;
        sourceURL: string;
        sourceFunctionName: string;
        sourceCharPosition: number;
        forcedStyleAndLayoutDuration: number;
      })[];
    };
    data.longFrames.push({
      start: frame.startTime,
      duration: frame.duration,
      blocking: frame.blockingDuration,
      renderStart: frame.renderStart,
      styleAndLayoutStart: frame.styleAndLayoutStart,
      scripts: frame.scripts.map((script) => ({
        invoker: script.invoker,
        function: script.sourceFunctionName,
        source: `${script.sourceURL.replace(location.origin, '')}:${script.sourceCharPosition}`,
        duration: script.duration,
        forcedStyleAndLayout: script.forcedStyleAndLayoutDuration,
      })),
    });
  });
  observe(
    'event',
    (entry) => {
      const event = entry as PerformanceEventTiming & { interactionId: number };
      data.events.push({
        name: event.name,
        start: event.startTime,
        duration: event.duration,
        interactionId: event.interactionId,
        processingStart: event.processingStart,
        processingEnd: event.processingEnd,
      });
    },
    // The smallest threshold the API allows; shorter events are not reported at all.
    { durationThreshold: 16 },
  );
  observe('layout-shift', (entry) => {
    const shift = entry as PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    data.shifts.push({
      start: shift.startTime,
      value: shift.value,
      hadRecentInput: shift.hadRecentInput,
      sources: shift.sources.map((source) => ({ node: describe(source.node), previous: rect(source.previousRect), current: rect(source.currentRect) })),
    });
  });

  const settle = () => {
    const painted = (q: string | undefined) =>
      data.searches.filter((search) => search.painted !== undefined && (q === undefined || search.q === q)).length;
    for (const wait of waiting.filter((item) => item.count <= painted(item.q))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  };
  document.addEventListener('mitmachen-search', (event) => {
    const { state, total } = (event as CustomEvent<{ state: { q: string; page: number }; total: number | undefined }>).detail;
    const search: SettledSearch = { at: performance.now(), q: state.q, page: state.page, total, rendered: undefined, painted: undefined };
    data.searches.push(search);
    // The element set its announcement before firing, so its next update shows this answer.
    const host = event.target as Element & { updateComplete?: Promise<unknown> };
    void Promise.resolve(host.updateComplete).then(() => {
      search.rendered = performance.now();
      requestAnimationFrame(() => {
        // A task queued during requestAnimationFrame runs after that frame's style, layout and paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          search.painted = performance.now();
          settle();
        };
        channel.port2.postMessage(null);
      });
    });
  });

  window.mitmachenBench = {
    snapshot: () => structuredClone(data),
    painted: (count, q) =>
      new Promise<void>((resolve) => {
        waiting.push({ count, q, resolve });
        settle();
      }),
  };
}
