/**
 * The renderer project's set-up: tells React that tests drive it through `act`, so state
 * updates are flushed before each assertion and an update outside `act` is reported.
 */
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

globalThis.IS_REACT_ACT_ENVIRONMENT = true;

export {};
