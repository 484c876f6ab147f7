// "Use where I am now" on the report form: fills the map point from the phone's own location
// (GPS works offline). Without JavaScript or geolocation the button stays hidden and the member
// types coordinates or a grid reference instead.
const button = document.getElementById("use-my-location");
const status = document.getElementById("use-my-location-status");

if (button && status && "geolocation" in navigator) {
  const target = document.getElementById(button.dataset.target);
  button.hidden = false;
  button.addEventListener("click", () => {
    status.textContent = button.dataset.finding;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude, longitude } = position.coords;
        target.value = `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`;
        status.textContent = button.dataset.found;
      },
      () => {
        status.textContent = button.dataset.failed;
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  });
}
