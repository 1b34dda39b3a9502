; Inno Setup script of CalciTrack's Windows installer (Inno Setup 6.3 or newer).
;
; On a Windows build machine, from the repository (packaging/README.md has the whole procedure):
;   py -3.11 -m venv .venv && .venv\Scripts\pip install --require-hashes -r requirements.lock
;   .venv\Scripts\pip install --no-deps -e .
;   .venv\Scripts\pyinstaller --noconfirm packaging\calcitrack.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\calcitrack.iss
; writes dist\installer\CalciTrack-<version>-setup.exe. The version is read from the built
; calcitrack.exe (the spec writes it there from calcitrack/__init__.py); /DAppVersion=... on
; ISCC's command line overrides it.
;
; Installing, by hand or by software distribution:
;   CalciTrack-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       [/DATABASE="postgresql://calcitrack@db-server/calcitrack"]
; /DATABASE sets CALCITRACK_DATABASE_URL for every user of the workstation (the clinic's shared
; database); without it each Windows account keeps its own SQLite file. Uninstalling (Settings >
; Apps, or unins000.exe /VERYSILENT) removes the program and that variable, never the data.

#define AppName "CalciTrack"
#define AppExeName "calcitrack.exe"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\calcitrack"
#if !FileExists(BundleDir + "\" + AppExeName)
  #error Build the bundle first: dist\calcitrack\calcitrack.exe is missing
#endif
#ifndef AppVersion
  #define AppVersion GetFileProductVersionString(BundleDir + "\" + AppExeName)
#endif

[Setup]
; AppId identifies CalciTrack to Windows across versions: never change it.
AppId={{1819DB5A-314E-464C-974C-F7552DC21E50}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CalciTrack
AppComments=Follow-up tracker for calcinosis cutis clinics
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installed for every user of the workstation (a clinic's IT installs it once).
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=calcitrack.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename=CalciTrack-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; An update closes a running CalciTrack first (its files are in use otherwise).
CloseApplications=yes
RestartApplications=no
ChangesEnvironment=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no library of the previous version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; /DATABASE=URL: the clinic's shared database for every user (machine-wide environment variable).
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "CALCITRACK_DATABASE_URL"; ValueData: "{param:DATABASE}"; Flags: uninsdeletevalue; Check: DatabaseGiven

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DatabaseGiven: Boolean;
begin
  Result := ExpandConstant('{param:DATABASE|}') <> '';
end;
