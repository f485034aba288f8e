export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  main() {
    document.documentElement.dataset.backstory = 'ready';
  },
});
