export default defineBackground(() => {
  // Filled in by the content-script and popup work.
});
