/* Bases Atlas patches to Leaflet, loaded right after leaflet.js inside streamlit-folium's iframe.
 *
 * Leaflet focuses the map container on mousedown (for keyboard panning). Inside an iframe that is
 * not wholly in view, that focus scrolls the parent page between mousedown and mouseup, so the
 * mouseup lands elsewhere and the first click on a site marker is lost. Focus without scrolling.
 */
(function () {
  "use strict";
  if (!window.L || !L.Map || !L.Map.Keyboard) {
    return;
  }
  L.Map.Keyboard.prototype._onMouseDown = function () {
    if (this._focused) {
      return;
    }
    this._map._container.focus({preventScroll: true});
  };
})();
