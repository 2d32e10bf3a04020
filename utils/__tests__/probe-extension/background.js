// A service worker, so that launchWithExtension's check of it runs.
self.addEventListener('install', () => self.skipWaiting());
