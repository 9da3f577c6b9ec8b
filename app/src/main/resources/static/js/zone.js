// Tells the server the reader's time zone, so that times are shown in it from the next page on (ReaderZone
// validates the name). Nothing else: the portal works without scripts, in the zone of the reader's language.
(function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && /^[A-Za-z][A-Za-z0-9\/_+-]{0,63}$/.test(zone)) {
    document.cookie = "exovigil-zone=" + zone + "; path=/; max-age=31536000; SameSite=Lax";
  }
})();
